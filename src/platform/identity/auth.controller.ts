import { Body, Get, HttpCode, Post } from '@nestjs/common';
import { ok } from '../common/envelope.js';
import { ApiEnvelope, ApiErrors, ApiNoContent } from '../common/openapi/api-responses.decorator.js';
import { TokenResponseDto } from './dto/token.response.js';
import { User } from './user.entity.js';
import { TenantController } from './tenant-controller.decorator.js';
import { AuthThrottle } from '../throttling/throttling.decorators.js';
import { CurrentUser, Public } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { LoginDto } from './dto/login.dto.js';
import { RefreshDto } from './dto/refresh.dto.js';

@TenantController('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @AuthThrottle()
  @HttpCode(200)
  @ApiEnvelope(TokenResponseDto, { description: 'Signed in: an access token and a refresh token' })
  @ApiErrors([401, 'Wrong email or password'])
  async login(@Body() dto: LoginDto) {
    return ok(await this.auth.login(dto.email, dto.password));
  }

  @Post('refresh')
  @Public()
  @AuthThrottle()
  @HttpCode(200)
  @ApiEnvelope(TokenResponseDto, { description: 'A new access token and a new refresh token' })
  @ApiErrors([401, 'Invalid, expired or reused refresh token'])
  async refresh(@Body() dto: RefreshDto) {
    return ok(await this.auth.refresh(dto.refresh_token));
  }

  /** 204 whether or not the token was live (RFC 7009): afterwards it and its whole family no longer refresh. */
  @Post('logout')
  @Public()
  @AuthThrottle()
  @HttpCode(204)
  @ApiNoContent('The refresh token and its family are revoked (also when already invalid)')
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.auth.logout(dto.refresh_token);
  }

  @Get('me')
  @ApiEnvelope(User, { description: 'The signed-in user' })
  me(@CurrentUser() user: User) {
    return ok(user);
  }
}
