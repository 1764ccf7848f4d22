import { Body, Get, HttpCode, Post } from '@nestjs/common';
import { ok } from '../common/envelope.js';
import { TenantController } from './tenant-controller.decorator.js';
import type { User } from './user.entity.js';
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
  async login(@Body() dto: LoginDto) {
    return ok(await this.auth.login(dto.email, dto.password));
  }

  @Post('refresh')
  @Public()
  @AuthThrottle()
  @HttpCode(200)
  async refresh(@Body() dto: RefreshDto) {
    return ok(await this.auth.refresh(dto.refresh_token));
  }

  /** 204 whether or not the token was live (RFC 7009): afterwards it and its whole family no longer refresh. */
  @Post('logout')
  @Public()
  @AuthThrottle()
  @HttpCode(204)
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.auth.logout(dto.refresh_token);
  }

  @Get('me')
  me(@CurrentUser() user: User) {
    return ok(user);
  }
}
