import { Global, Module } from '@nestjs/common';
import { ReferenceCodeConstraint } from './is-reference-code';
import { ReferenceDataService } from './reference-data.service';

@Global()
@Module({ providers: [ReferenceDataService, ReferenceCodeConstraint], exports: [ReferenceDataService, ReferenceCodeConstraint] })
export class ReferenceDataModule {}
