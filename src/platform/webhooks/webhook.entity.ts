import { ApiProperty } from '@nestjs/swagger';
import {
  BoolField,
  DateTimeField,
  EnumField,
  IntField,
  TextField,
  UuidField,
} from '../common/openapi/api-fields.decorator.js';

export class WebhookSubscription {
  @UuidField() id!: string;
  @TextField({ format: 'uri' }) url!: string;
  @ApiProperty({ type: [String], description: 'Event types such as contact.created' }) events!: string[];
  @BoolField() active!: boolean;
  @EnumField(['healthy', 'failing']) status!: 'healthy' | 'failing';
  @DateTimeField({ nullable: true }) failing_since!: Date | null;
  @DateTimeField() created_at!: Date;
  @DateTimeField() updated_at!: Date;
}

/** A new subscription: the signing secret is shown this once. */
export class CreatedWebhookSubscription extends WebhookSubscription {
  @TextField({ description: 'HMAC signing secret; not shown again' }) secret!: string;
}

export class WebhookAttempt {
  @UuidField() id!: string;
  @UuidField() delivery_id!: string;
  @UuidField() event_id!: string;
  @TextField() event_type!: string;
  @IntField({ minimum: 1 }) attempt!: number;
  @IntField({ nullable: true }) status_code!: number | null;
  @IntField() latency_ms!: number;
  @TextField({ nullable: true }) error!: string | null;
  @BoolField() succeeded!: boolean;
  @DateTimeField() created_at!: Date;
}

/** The body of every delivery. */
export interface WebhookEvent {
  id: string;
  type: string;
  tenant_id: string;
  occurred_at: string;
  data: Record<string, unknown>;
}
