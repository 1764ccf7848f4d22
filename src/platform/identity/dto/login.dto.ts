import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Lowercase } from '../../common/dto-transforms.js';

export class LoginDto {
  @Lowercase()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password!: string;
}
