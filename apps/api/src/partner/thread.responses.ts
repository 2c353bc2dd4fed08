import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { THREAD_STATUSES, THREAD_VISIBILITIES } from '@accord/action-plans';
import { CONTENT_VALUE_SCHEMA } from './content-value.schema';

export class ThreadAnchorResponse {
  @ApiProperty({ example: 1, description: 'The version the field was discussed in' })
  version: number;

  @ApiProperty({ example: '/budget/amount', description: 'A JSON Pointer into that version’s content' })
  path: string;
}

class CommentAuthorResponse {
  @ApiProperty({ enum: ['partner', 'reviewer', 'admin'], example: 'reviewer' })
  kind: string;

  @ApiPropertyOptional({ example: 'OAS', description: 'The partner’s organisation, or the reviewer’s affiliation; none for an admin' })
  partnerCode?: string;
}

class ThreadCommentResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: CommentAuthorResponse })
  author: CommentAuthorResponse;

  @ApiProperty({ example: 'The total went up by 250,000 USD: which activity does it fund?' })
  body: string;

  @ApiProperty({ example: '2026-11-25T13:00:00.000Z' })
  createdAt: string;
}

export class ThreadResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: THREAD_VISIBILITIES, example: 'participants' })
  visibility: string;

  @ApiProperty({ type: ThreadAnchorResponse, nullable: true, description: 'null: the thread is about the plan as a whole' })
  anchor: ThreadAnchorResponse | null;

  @ApiProperty({ enum: THREAD_STATUSES, example: 'open' })
  status: string;

  @ApiProperty({ example: true, description: 'A later version changed the anchored field (or removed it)' })
  outdated: boolean;

  @ApiPropertyOptional({ ...CONTENT_VALUE_SCHEMA, example: '1750000.00', description: 'The anchored field’s value in the current version, when outdated and the field is still there' })
  currentValue?: unknown;

  @ApiProperty({ type: [ThreadCommentResponse], description: 'Oldest first; the first opened the thread' })
  comments: ThreadCommentResponse[];
}

export class CitedThreadResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: ThreadAnchorResponse, nullable: true, description: 'null: the thread is about the plan as a whole' })
  anchor: ThreadAnchorResponse | null;

  @ApiProperty({ enum: THREAD_STATUSES, example: 'open' })
  status: string;

  @ApiProperty({
    example: true,
    description: 'The current version changed the thread’s field since the version changes were requested on (for a thread on the plan as a whole: anything); false until the plan is revised',
  })
  changed: boolean;
}
