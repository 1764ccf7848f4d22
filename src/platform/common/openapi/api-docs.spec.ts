import { apiDocsEnabled } from './api-docs.js';

describe('apiDocsEnabled', () => {
  it('serves the docs outside production unless API_DOCS=off', () => {
    expect(apiDocsEnabled({ NODE_ENV: 'development', API_DOCS: undefined })).toBe(true);
    expect(apiDocsEnabled({ NODE_ENV: 'test', API_DOCS: undefined })).toBe(true);
    expect(apiDocsEnabled({ NODE_ENV: 'development', API_DOCS: 'off' })).toBe(false);
  });

  it('serves them in production only with API_DOCS=on', () => {
    expect(apiDocsEnabled({ NODE_ENV: 'production', API_DOCS: undefined })).toBe(false);
    expect(apiDocsEnabled({ NODE_ENV: 'production', API_DOCS: 'off' })).toBe(false);
    expect(apiDocsEnabled({ NODE_ENV: 'production', API_DOCS: 'on' })).toBe(true);
  });
});
