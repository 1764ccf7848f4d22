import { IsOptional, IsString, Length } from 'class-validator';
import { Trim } from '../../common/dto-transforms.js';

/** `POST /api/tenants/:id/suspend` (and other transitions that take a reason): the body is optional. */
export class TransitionReasonDto {
  @IsOptional()
  @Trim()
  @IsString()
  @Length(1, 500)
  reason?: string;
}
