import {
  getMetadataStorage,
  type ValidationArguments,
  type ValidatorConstraintInterface,
  ValidationTypes,
} from 'class-validator';

/** Whether an instance of the class passes every rule; `false` also means "not sure", never "invalid". */
export type ValidCheck = (object: Record<string, unknown>) => boolean;

interface Rule {
  validateIf?: (object: object, value: unknown) => boolean;
  constraints: unknown[];
  validators: ValidatorConstraintInterface[];
}

interface Property {
  name: string;
  conditions: ((object: object, value: unknown) => boolean)[];
  rules: Rule[];
}

/**
 * A class's class-validator rules as one function, built once from the library's own metadata: it calls the same
 * validators with the same arguments as the library's executor, and answers only whether the object passes them
 * all (with `whitelist` and `forbidNonWhitelisted`: no property without rules). The executor builds an error object
 * per property and walks the rules per request whether or not anything fails; a valid body needs none of that.
 * A class with a rule this does not handle (nested objects, `each`, async validators, groups, `@Allow`, `@IsDefined`)
 * gets no check (null), and a `false` sends the object through the library, which then gives the errors.
 */
export function compileValidation(target: new (...args: never[]) => unknown): ValidCheck | null {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(target, '', false, false);
  if (metadatas.length === 0) return null;
  const properties: Property[] = [];
  for (const [name, rules] of Object.entries(storage.groupByPropertyName(metadatas))) {
    const property: Property = { name, conditions: [], rules: [] };
    for (const m of rules) {
      if (m.each || m.always || (m.groups && m.groups.length > 0)) return null;
      if (m.type === ValidationTypes.CONDITIONAL_VALIDATION) {
        property.conditions.push(m.constraints[0] as Property['conditions'][number]);
        continue;
      }
      if (m.type !== ValidationTypes.CUSTOM_VALIDATION) return null;
      const constraints = storage.getTargetValidatorConstraints(m.constraintCls);
      if (constraints.length === 0 || constraints.some((c) => c.async)) return null;
      property.rules.push({
        validateIf: m.validateIf,
        constraints: m.constraints,
        validators: constraints.map((c) => c.instance),
      });
    }
    properties.push(property);
  }
  const known = new Set(properties.map((p) => p.name));
  return (object) => {
    for (const key of Object.keys(object)) if (!known.has(key)) return false;
    for (const { name, conditions, rules } of properties) {
      const value = object[name];
      if (!conditions.every((condition) => condition(object, value))) continue;
      for (const rule of rules) {
        if (rule.validateIf && !rule.validateIf(object, value)) continue;
        const args: ValidationArguments = {
          targetName: target.name,
          property: name,
          object,
          value,
          constraints: rule.constraints,
        };
        for (const validator of rule.validators) {
          const result: unknown = validator.validate(value, args);
          if (!result || result instanceof Promise) return false;
        }
      }
    }
    return true;
  };
}
