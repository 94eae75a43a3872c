import { ApiProperty } from '@nestjs/swagger';

export class ErasureSummaryDto {
  @ApiProperty({ description: 'Upcoming bookings cancelled (their places freed)' })
  cancelledBookings: number;

  @ApiProperty()
  leftWaitingLists: number;

  @ApiProperty()
  withdrawnCallbacks: number;
}
