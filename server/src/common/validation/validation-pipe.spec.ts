import { ArgumentMetadata } from '@nestjs/common';
import { IsString } from 'class-validator';
import { DomainError } from '../errors/domain-error.js';
import { CentreListQueryDto } from '../../centres/dto/centre-query.dto.js';
import { createValidationPipe } from './validation-pipe.js';

class NamedDto {
  @IsString()
  name: string;
}

const pipe = createValidationPipe();
const asQuery = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'query', metatype });

async function fieldsOf(value: object, metatype: ArgumentMetadata['metatype']) {
  try {
    await pipe.transform(value, asQuery(metatype));
  } catch (error) {
    if (error instanceof DomainError) {
      return error.fields;
    }
    throw error;
  }
  return undefined;
}

describe('the validation pipe', () => {
  it('turns query strings into numbers', async () => {
    await expect(pipe.transform({ lat: '24.5', lng: '118.1' }, asQuery(CentreListQueryDto))).resolves.toEqual({
      lat: 24.5,
      lng: 118.1,
    });
  });

  it('names each bad field once, without repeating the field name in the reason', async () => {
    expect(await fieldsOf({ lat: 'north', lng: '118' }, CentreListQueryDto)).toEqual([
      { field: 'lat', reason: 'must be a number' },
    ]);
  });

  it('refuses unknown fields by name', async () => {
    expect(await fieldsOf({ name: 'x', admin: 'true' }, NamedDto)).toEqual([
      { field: 'admin', reason: 'property admin should not exist' },
    ]);
  });
});
