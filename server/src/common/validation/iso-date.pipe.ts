import { Injectable, type PipeTransform } from '@nestjs/common';
import { isIsoDate } from '@wac/rules';
import { invalidField } from '../errors/validation.js';

/** A `:date` path parameter that must be a real calendar date (`YYYY-MM-DD`), refused with the field's name. */
@Injectable()
export class IsoDatePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isIsoDate(value)) {
      throw invalidField('date', 'must be a real date like 2026-12-01');
    }
    return value;
  }
}
