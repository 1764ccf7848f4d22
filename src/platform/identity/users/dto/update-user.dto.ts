import { OmitType, PartialType } from '@nestjs/mapped-types';
import { OptionalNotNull } from '../../../common/dto-validators.js';
import type { UserRole } from '../../user.entity.js';
import { CreateUserDto, EmailRules, PasswordRules, RoleRules } from './create-user.dto.js';

/** Every field may be left out; `null` clears a name, but an email, a password or a role cannot be cleared (400). */
export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['email', 'password', 'role'] as const)) {
  @OptionalNotNull()
  @EmailRules()
  email?: string;

  @OptionalNotNull()
  @PasswordRules()
  password?: string;

  @OptionalNotNull()
  @RoleRules()
  role?: UserRole;
}
