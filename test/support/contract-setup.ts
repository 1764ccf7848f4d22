import { afterAll, afterEach } from '@jest/globals';
import { takeViolations } from './contract.js';

// Fails the test (or, after the last one, the file) whose requests got answers that break openapi.json.
const failOnViolations = () => {
  const found = takeViolations();
  if (found.length === 0) return;
  throw new Error(
    `${found.length} response(s) break the OpenAPI contract (fix openapi.json via the decorators, then npm run openapi):\n` +
      [...new Set(found)].slice(0, 20).join('\n'),
  );
};
afterEach(failOnViolations);
afterAll(failOnViolations);
