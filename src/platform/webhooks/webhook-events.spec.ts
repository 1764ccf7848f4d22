import { eventTypesFor, isSubscribableEvent, singular } from './webhook-events.js';

describe('webhook event types', () => {
  it('names a table in singular', () => {
    expect(['contacts', 'organizations', 'leads', 'tasks', 'product_categories', 'widgets'].map(singular)).toEqual([
      'contact',
      'organization',
      'lead',
      'task',
      'product_category',
      'widget',
    ]);
  });

  it('maps CRUD audit rows to events, with lead.status_changed when a lead status changes', () => {
    expect(eventTypesFor('create', 'contacts', { first_name: { new: 'A' } })).toEqual(['contact.created']);
    expect(eventTypesFor('update', 'leads', { status: { old: 'new', new: 'won' } })).toEqual([
      'lead.updated',
      'lead.status_changed',
    ]);
    expect(eventTypesFor('update', 'leads', { title: { old: 'a', new: 'b' } })).toEqual(['lead.updated']);
    expect(eventTypesFor('delete', 'widgets', null)).toEqual(['widget.deleted']);
  });

  it('has no events for users or for audit actions other than create, update and delete', () => {
    expect(eventTypesFor('create', 'users', {})).toEqual([]);
    expect(eventTypesFor('login', 'users', null)).toEqual([]);
    expect(eventTypesFor('suspend', 'tenant', null)).toEqual([]);
  });

  it('accepts subscriptions to CRM events only', () => {
    expect(isSubscribableEvent('contact.created')).toBe(true);
    expect(isSubscribableEvent('lead.status_changed')).toBe(true);
    expect(isSubscribableEvent('widget.deleted')).toBe(true);
    expect(isSubscribableEvent('contact.status_changed')).toBe(false);
    expect(isSubscribableEvent('user.created')).toBe(false);
    expect(isSubscribableEvent('Contact.created')).toBe(false);
    expect(isSubscribableEvent('contact.*')).toBe(false);
  });
});
