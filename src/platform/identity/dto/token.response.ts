import { EnumField, IntField, TextField } from '../../common/openapi/api-fields.decorator.js';
import { ApiProperty } from '@nestjs/swagger';
import { User } from '../user.entity.js';

/** What sign-in and refresh return (auth.service.ts `TokenResponse`). */
export class TokenResponseDto {
  @TextField({ description: 'JWT for `Authorization: Bearer`' }) access_token!: string;
  @EnumField(['Bearer']) token_type!: 'Bearer';
  @IntField({ description: 'Seconds the access token is valid' }) expires_in!: number;
  @TextField({ description: 'Single use: each refresh returns a new one' }) refresh_token!: string;
  @IntField({ description: 'Seconds the refresh token is valid' }) refresh_expires_in!: number;
  @ApiProperty({ type: () => User }) user!: User;
}
