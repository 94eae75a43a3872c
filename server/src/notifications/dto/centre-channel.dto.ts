import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class PutWecomRobotDto {
  @ApiProperty({
    description: "The group robot's webhook address as WeCom shows it (…/cgi-bin/webhook/send?key=…), or the key alone",
    maxLength: 200,
  })
  @IsString()
  @MaxLength(200)
  webhook: string;
}

export class WecomRobotDto {
  @ApiProperty()
  centreCode: string;

  @ApiProperty({ description: "Whether the centre's staff notices also go to a WeCom group" })
  configured: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The first and last characters of the key, to recognise it',
  })
  keyHint: string | null;
}

export class WecomTestResultDto {
  @ApiProperty()
  sent: boolean;

  @ApiProperty({ type: String, nullable: true, description: "WeCom's error code when it refused (e.g. wecom:93000)" })
  problem: string | null;
}
