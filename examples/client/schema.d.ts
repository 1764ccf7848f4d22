// Generated from openapi.json by openapi-typescript (`npm run openapi`): do not edit.

export interface paths {
    "/api/tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CurrentTenant_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TenantAuditLog_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Contacts_list"];
        put?: never;
        post: operations["Contacts_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Contacts_get"];
        put?: never;
        post?: never;
        delete: operations["Contacts_remove"];
        options?: never;
        head?: never;
        patch: operations["Contacts_update"];
        trace?: never;
    };
    "/api/tenant/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Files_list"];
        put?: never;
        post: operations["Files_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Files_get"];
        put?: never;
        post?: never;
        delete: operations["Files_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/files/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Files_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/graphql": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GraphQL over the same services as REST (docs/graphql.md); the schema is schema.graphql */
        get: operations["Graphql_get"];
        put?: never;
        /** GraphQL over the same services as REST (docs/graphql.md); the schema is schema.graphql */
        post: operations["Graphql_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Jobs_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Leads_list"];
        put?: never;
        post: operations["Leads_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Leads_get"];
        put?: never;
        post?: never;
        delete: operations["Leads_remove"];
        options?: never;
        head?: never;
        patch: operations["Leads_update"];
        trace?: never;
    };
    "/api/tenant/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Organizations_list"];
        put?: never;
        post: operations["Organizations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Organizations_get"];
        put?: never;
        post?: never;
        delete: operations["Organizations_remove"];
        options?: never;
        head?: never;
        patch: operations["Organizations_update"];
        trace?: never;
    };
    "/api/tenant/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Tasks_list"];
        put?: never;
        post: operations["Tasks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Tasks_get"];
        put?: never;
        post?: never;
        delete: operations["Tasks_remove"];
        options?: never;
        head?: never;
        patch: operations["Tasks_update"];
        trace?: never;
    };
    "/api/tenant/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Users_list"];
        put?: never;
        post: operations["Users_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Users_get"];
        put?: never;
        post?: never;
        delete: operations["Users_remove"];
        options?: never;
        head?: never;
        patch: operations["Users_update"];
        trace?: never;
    };
    "/api/tenant/users/{id}/revoke-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["Users_revokeSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Webhooks_list"];
        put?: never;
        post: operations["Webhooks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenant/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Webhooks_get"];
        put?: never;
        post?: never;
        delete: operations["Webhooks_remove"];
        options?: never;
        head?: never;
        patch: operations["Webhooks_update"];
        trace?: never;
    };
    "/api/tenant/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Webhooks_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Tenants_list"];
        put?: never;
        post: operations["Tenants_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Tenants_get"];
        put?: never;
        post?: never;
        /** Soft delete; `?purge=now` with `x-confirm-purge: <id>` erases at once */
        delete: operations["TenantLifecycle_remove"];
        options?: never;
        head?: never;
        patch: operations["TenantLifecycle_update"];
        trace?: never;
    };
    "/api/tenants/{id}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PlatformAuditLog_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stream the tenant's data as NDJSON from one consistent snapshot */
        get: operations["TenantExport_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{id}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Export the tenant as a background job (for large tenants) */
        post: operations["TenantExport_enqueue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{id}/exports/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of an export job: queued, running, completed or failed */
        get: operations["TenantExport_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{id}/exports/{exportId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The export job's file (gzipped NDJSON) while it is kept */
        get: operations["TenantExport_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TenantLifecycle_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TenantLifecycle_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tenants/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["TenantLifecycle_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Contact: {
            /** Format: uuid */
            id: string;
            first_name: string;
            last_name: string | null;
            /** Format: email */
            email: string | null;
            phone: string | null;
            /** Format: uuid */
            organization_id: string | null;
            notes: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreateContactDto: {
            first_name: string;
            last_name?: string | null;
            /** Format: email */
            email?: string | null;
            phone?: string | null;
            /** Format: uuid */
            organization_id?: string | null;
            notes?: string | null;
        };
        CreateLeadDto: {
            title: string;
            /** @enum {string|null} */
            status?: "new" | "contacted" | "qualified" | "won" | "lost" | null;
            value?: number | null;
            /** Format: uuid */
            contact_id?: string | null;
            /** Format: uuid */
            organization_id?: string | null;
            /** Format: uuid */
            owner_id?: string | null;
        };
        CreateOrganizationDto: {
            name: string;
            domain?: string | null;
            industry?: string | null;
            phone?: string | null;
            address?: string | null;
        };
        CreateTaskDto: {
            title: string;
            description?: string | null;
            /** @enum {string|null} */
            status?: "open" | "done" | null;
            /** Format: date-time */
            due_at?: string | null;
            /** @enum {string|null} */
            priority?: "low" | "normal" | "high" | null;
            /** Format: uuid */
            lead_id?: string | null;
            /** Format: uuid */
            contact_id?: string | null;
            /** Format: uuid */
            assignee_id?: string | null;
        };
        CreateTenantDto: {
            name: string;
            /** Format: hostname */
            domain: string;
            admin?: components["schemas"]["TenantAdminDto"] | null;
        };
        CreateUserDto: {
            /** Format: email */
            email: string;
            password: string;
            first_name?: string | null;
            last_name?: string | null;
            /** @enum {string|null} */
            role?: "admin" | "user" | null;
        };
        CreateWebhookDto: {
            /** Format: uri */
            url: string;
            events: string[];
            active?: boolean | null;
        };
        CreatedTenant: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: hostname */
            domain: string;
            /** @enum {string} */
            status: "active" | "suspended" | "deleted";
            /** Format: date-time */
            suspended_at: string | null;
            suspension_reason: string | null;
            /** Format: date-time */
            deleted_at: string | null;
            /** Format: date-time */
            purge_after: string | null;
            /** @description Last tenant migration applied to its schema, e.g. "002" */
            schema_version: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            admin?: components["schemas"]["TenantAdmin"];
        };
        CreatedWebhookSubscription: {
            /** Format: uuid */
            id: string;
            /** Format: uri */
            url: string;
            /** @description Event types such as contact.created */
            events: string[];
            active: boolean;
            /** @enum {string} */
            status: "healthy" | "failing";
            /** Format: date-time */
            failing_since: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description HMAC signing secret; not shown again */
            secret: string;
        };
        ErrorResponse: {
            /** @enum {boolean} */
            success: false;
            /** @description What went wrong, for a human; never internals */
            error: string;
            /** @description Machine-readable detail, e.g. the failing health checks of /health/ready */
            details?: Record<string, never>;
            /** @description On a 500: the request id, to find its log line and error report */
            request_id?: string;
        };
        ExportJobView: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            tenant_id: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed";
            attempts: number;
            max_attempts: number;
            last_error: string | null;
            /** @description Bytes of the gzipped file, once completed */
            size: number | null;
            sha256: string | null;
            rows: number | null;
            /** @description Rows per table */
            tables: {
                [key: string]: number;
            } | null;
            /** Format: date-time */
            expires_at: string | null;
            expired: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            finished_at: string | null;
        };
        FileRecord: {
            /** Format: uuid */
            id: string;
            /** @description The client's file name, sanitized */
            name: string;
            /** @description Decided from the first bytes, not from the client */
            content_type: string;
            size: number;
            /** @description SHA-256 of the bytes, hex */
            sha256: string;
            /** Format: uuid */
            contact_id: string | null;
            /** Format: uuid */
            organization_id: string | null;
            /** Format: uuid */
            lead_id: string | null;
            /** Format: uuid */
            task_id: string | null;
            /** Format: uuid */
            created_by: string | null;
            /** Format: date-time */
            created_at: string;
        };
        HealthCheckResult: {
            /** @enum {string} */
            status: "ok";
            /** @description Indicators that are up */
            info: {
                [key: string]: unknown;
            };
            /** @description Indicators that are down (empty when ok) */
            error: {
                [key: string]: unknown;
            };
            /** @description Every indicator */
            details: {
                [key: string]: unknown;
            };
        };
        HealthSummary: {
            /** @enum {string} */
            status: "ok" | "error";
            /** @enum {string} */
            database: "connected" | "disconnected";
            /** Format: date-time */
            timestamp: string;
        };
        JobView: {
            /** Format: uuid */
            id: string;
            /** @description The handler, e.g. webhook.deliver */
            name: string;
            /** @enum {string} */
            state: "queued" | "active" | "completed" | "dead" | "cancelled";
            attempts: number;
            max_attempts: number;
            last_error: string | null;
            /** @description The handler's result once completed; null before */
            result: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            run_at: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            finished_at: string | null;
        };
        Lead: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            status: "new" | "contacted" | "qualified" | "won" | "lost";
            value: number | null;
            /** Format: uuid */
            contact_id: string | null;
            /** Format: uuid */
            organization_id: string | null;
            /** Format: uuid */
            owner_id: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        LoginDto: {
            /** Format: email */
            email: string;
            password: string;
        };
        Organization: {
            /** Format: uuid */
            id: string;
            name: string;
            domain: string | null;
            industry: string | null;
            phone: string | null;
            address: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        PageMeta: {
            limit: number;
            /** @description Pass as `cursor` for the next page; null on the last */
            next_cursor: string | null;
        };
        PlatformAuditRecord: {
            /** @description Position in the hash chain */
            seq: number;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            created_at: string;
            /** @description user, platform, system or anonymous */
            actor_type: string;
            action: string;
            /** @description Other context; secrets are redacted */
            details: {
                [key: string]: unknown;
            } | null;
            reason: string | null;
            ip: string | null;
            request_id: string | null;
            /** @description SHA-256 over this row and the previous hash */
            hash: string;
            /** Format: uuid */
            tenant_id: string;
        };
        PurgedTenant: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: hostname */
            domain: string;
            /** @enum {boolean} */
            purged: true;
        };
        RefreshDto: {
            refresh_token: string;
        };
        Task: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string | null;
            /** @enum {string} */
            status: "open" | "done";
            /** Format: date-time */
            due_at: string | null;
            /** @enum {string} */
            priority: "low" | "normal" | "high";
            /** Format: uuid */
            lead_id: string | null;
            /** Format: uuid */
            contact_id: string | null;
            /** Format: uuid */
            assignee_id: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        Tenant: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: hostname */
            domain: string;
            /** @enum {string} */
            status: "active" | "suspended" | "deleted";
            /** Format: date-time */
            suspended_at: string | null;
            suspension_reason: string | null;
            /** Format: date-time */
            deleted_at: string | null;
            /** Format: date-time */
            purge_after: string | null;
            /** @description Last tenant migration applied to its schema, e.g. "002" */
            schema_version: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        TenantAdmin: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            first_name: string | null;
            last_name: string | null;
            /** @enum {string} */
            role: "admin";
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        TenantAdminDto: {
            /** Format: email */
            email: string;
            password: string;
            first_name?: string | null;
            last_name?: string | null;
        };
        TenantAuditRecord: {
            /** @description Position in the hash chain */
            seq: number;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            created_at: string;
            /** @description user, platform, system or anonymous */
            actor_type: string;
            action: string;
            /** @description Other context; secrets are redacted */
            details: {
                [key: string]: unknown;
            } | null;
            reason: string | null;
            ip: string | null;
            request_id: string | null;
            /** @description SHA-256 over this row and the previous hash */
            hash: string;
            /** Format: uuid */
            actor_id: string | null;
            /** @description A table name such as contacts */
            resource: string;
            resource_id: string | null;
            /** @description Changed fields: {field: {old, new}}; secrets are redacted */
            changes: {
                [key: string]: unknown;
            } | null;
        };
        TokenResponseDto: {
            /** @description JWT for `Authorization: Bearer` */
            access_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /** @description Seconds the access token is valid */
            expires_in: number;
            /** @description Single use: each refresh returns a new one */
            refresh_token: string;
            /** @description Seconds the refresh token is valid */
            refresh_expires_in: number;
            user: components["schemas"]["User"];
        };
        TransitionReasonDto: {
            reason?: string | null;
        };
        UpdateContactDto: {
            first_name?: string | null;
            last_name?: string | null;
            /** Format: email */
            email?: string | null;
            phone?: string | null;
            /** Format: uuid */
            organization_id?: string | null;
            notes?: string | null;
        };
        UpdateLeadDto: {
            title?: string | null;
            /** @enum {string|null} */
            status?: "new" | "contacted" | "qualified" | "won" | "lost" | null;
            value?: number | null;
            /** Format: uuid */
            contact_id?: string | null;
            /** Format: uuid */
            organization_id?: string | null;
            /** Format: uuid */
            owner_id?: string | null;
        };
        UpdateOrganizationDto: {
            name?: string | null;
            domain?: string | null;
            industry?: string | null;
            phone?: string | null;
            address?: string | null;
        };
        UpdateTaskDto: {
            title?: string | null;
            description?: string | null;
            /** @enum {string|null} */
            status?: "open" | "done" | null;
            /** Format: date-time */
            due_at?: string | null;
            /** @enum {string|null} */
            priority?: "low" | "normal" | "high" | null;
            /** Format: uuid */
            lead_id?: string | null;
            /** Format: uuid */
            contact_id?: string | null;
            /** Format: uuid */
            assignee_id?: string | null;
        };
        UpdateTenantDto: {
            name?: string;
            /** Format: hostname */
            domain?: string;
        };
        UpdateUserDto: {
            /** Format: email */
            email?: string;
            password?: string;
            /** @enum {string} */
            role?: "admin" | "user";
            first_name?: string | null;
            last_name?: string | null;
        };
        UpdateWebhookDto: {
            /** Format: uri */
            url?: string;
            events?: string[] | null;
            active?: boolean | null;
        };
        User: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            first_name: string | null;
            last_name: string | null;
            /** @enum {string} */
            role: "admin" | "user";
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        WebhookAttempt: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            delivery_id: string;
            /** Format: uuid */
            event_id: string;
            event_type: string;
            attempt: number;
            status_code: number | null;
            latency_ms: number;
            error: string | null;
            succeeded: boolean;
            /** Format: date-time */
            created_at: string;
        };
        WebhookSubscription: {
            /** Format: uuid */
            id: string;
            /** Format: uri */
            url: string;
            /** @description Event types such as contact.created */
            events: string[];
            active: boolean;
            /** @enum {string} */
            status: "healthy" | "failing";
            /** Format: date-time */
            failing_since: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request's id: the client's `x-request-id` when it is 1-64 of `[A-Za-z0-9._-]`, otherwise a new UUID. It names the log lines and audit rows the request caused. */
        RequestId: string;
        /** @description Seconds to wait before sending again */
        RetryAfter: number;
        /** @description Requests the `tenant` limit allows per window */
        "RateLimitLimit-tenant": number;
        /** @description Requests left in this `tenant` window */
        "RateLimitRemaining-tenant": number;
        /** @description Seconds until this `tenant` window ends */
        "RateLimitReset-tenant": number;
        /** @description On a 429 of the `tenant` limit: seconds until it lets requests through */
        "RetryAfter-tenant": number;
        /** @description Requests the `auth-ip` limit allows per window */
        "RateLimitLimit-auth-ip": number;
        /** @description Requests left in this `auth-ip` window */
        "RateLimitRemaining-auth-ip": number;
        /** @description Seconds until this `auth-ip` window ends */
        "RateLimitReset-auth-ip": number;
        /** @description On a 429 of the `auth-ip` limit: seconds until it lets requests through */
        "RetryAfter-auth-ip": number;
        /** @description Requests the `auth-email-ip` limit allows per window */
        "RateLimitLimit-auth-email-ip": number;
        /** @description Requests left in this `auth-email-ip` window */
        "RateLimitRemaining-auth-email-ip": number;
        /** @description Seconds until this `auth-email-ip` window ends */
        "RateLimitReset-auth-email-ip": number;
        /** @description On a 429 of the `auth-email-ip` limit: seconds until it lets requests through */
        "RetryAfter-auth-email-ip": number;
        /** @description Requests the `auth-email` limit allows per window */
        "RateLimitLimit-auth-email": number;
        /** @description Requests left in this `auth-email` window */
        "RateLimitRemaining-auth-email": number;
        /** @description Seconds until this `auth-email` window ends */
        "RateLimitReset-auth-email": number;
        /** @description On a 429 of the `auth-email` limit: seconds until it lets requests through */
        "RetryAfter-auth-email": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    CurrentTenant_current: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant of x-tenant-id */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Tenant"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenantAuditLog_list: {
        parameters: {
            query?: {
                actor_id?: string;
                resource?: string;
                resource_id?: string;
                action?: string;
                since?: string;
                until?: string;
                limit?: number;
                cursor?: string;
            };
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, newest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TenantAuditRecord"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description Signed in: an access token and a refresh token */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TokenResponseDto"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Wrong email or password */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "Retry-After-auth-ip": components["headers"]["RetryAfter-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "Retry-After-auth-email-ip": components["headers"]["RetryAfter-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    "Retry-After-auth-email": components["headers"]["RetryAfter-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description The refresh token and its family are revoked (also when already invalid) */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "Retry-After-auth-ip": components["headers"]["RetryAfter-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "Retry-After-auth-email-ip": components["headers"]["RetryAfter-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    "Retry-After-auth-email": components["headers"]["RetryAfter-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["User"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description A new access token and a new refresh token */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["TokenResponseDto"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Invalid, expired or reused refresh token */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "Retry-After-auth-ip": components["headers"]["RetryAfter-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "Retry-After-auth-email-ip": components["headers"]["RetryAfter-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    "Retry-After-auth-email": components["headers"]["RetryAfter-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-auth-ip": components["headers"]["RateLimitLimit-auth-ip"];
                    "X-RateLimit-Remaining-auth-ip": components["headers"]["RateLimitRemaining-auth-ip"];
                    "X-RateLimit-Reset-auth-ip": components["headers"]["RateLimitReset-auth-ip"];
                    "X-RateLimit-Limit-auth-email-ip": components["headers"]["RateLimitLimit-auth-email-ip"];
                    "X-RateLimit-Remaining-auth-email-ip": components["headers"]["RateLimitRemaining-auth-email-ip"];
                    "X-RateLimit-Reset-auth-email-ip": components["headers"]["RateLimitReset-auth-email-ip"];
                    "X-RateLimit-Limit-auth-email": components["headers"]["RateLimitLimit-auth-email"];
                    "X-RateLimit-Remaining-auth-email": components["headers"]["RateLimitRemaining-auth-email"];
                    "X-RateLimit-Reset-auth-email": components["headers"]["RateLimitReset-auth-email"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Contacts_list: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                organization_id?: string;
            };
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, newest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Contact"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Contacts_create: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Contact"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Contacts_get: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Contact"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Contacts_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Contacts_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Contact"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Files_list: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                contact_id?: string;
                organization_id?: string;
                lead_id?: string;
                task_id?: string;
            };
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Files, newest first, optionally of one linked record */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["FileRecord"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Files_upload: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: uuid
                     * @description Send link fields before the file
                     */
                    contact_id?: string;
                    /** Format: uuid */
                    organization_id?: string;
                    /** Format: uuid */
                    lead_id?: string;
                    /** Format: uuid */
                    task_id?: string;
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description The stored file */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["FileRecord"];
                        message: string;
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Over FILE_MAX_BYTES or the tenant quota; nothing stored */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not multipart, or a file type that is not allowed or not as declared */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Files_get: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file metadata */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["FileRecord"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Files_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted: the row at once, the blob right after */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Files_content: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, as an attachment, with the stored content type */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Graphql_get: {
        parameters: {
            query: {
                query: string;
            };
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A GraphQL result: `data` and/or `errors` (each with `extensions.code`); see schema.graphql */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        } | null;
                        errors?: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description A query that does not parse or validate, or a bad x-tenant-id */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        } | null;
                        errors?: {
                            [key: string]: unknown;
                        }[];
                    } | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        } | null;
                        errors?: {
                            [key: string]: unknown;
                        }[];
                    } | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Suspended tenant, or a role the operation does not allow */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        } | null;
                        errors?: {
                            [key: string]: unknown;
                        }[];
                    } | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        } | null;
                        errors?: {
                            [key: string]: unknown;
                        }[];
                    } | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        } | null;
                        errors?: {
                            [key: string]: unknown;
                        }[];
                    } | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Graphql_post: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    query: string;
                    variables?: {
                        [key: string]: unknown;
                    } | null;
                    operationName?: string | null;
                };
            };
        };
        responses: {
            /** @description A GraphQL result: `data` and/or `errors` (each with `extensions.code`); see schema.graphql */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        } | null;
                        errors?: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description A query that does not parse or validate, or a bad x-tenant-id */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        } | null;
                        errors?: {
                            [key: string]: unknown;
                        }[];
                    } | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        } | null;
                        errors?: {
                            [key: string]: unknown;
                        }[];
                    } | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Suspended tenant, or a role the operation does not allow */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        } | null;
                        errors?: {
                            [key: string]: unknown;
                        }[];
                    } | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        } | null;
                        errors?: {
                            [key: string]: unknown;
                        }[];
                    } | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            [key: string]: unknown;
                        } | null;
                        errors?: {
                            [key: string]: unknown;
                        }[];
                    } | components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Jobs_get: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["JobView"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Leads_list: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                status?: "new" | "contacted" | "qualified" | "won" | "lost";
                contact_id?: string;
                organization_id?: string;
                owner_id?: string;
            };
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, newest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Lead"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Leads_create: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLeadDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Lead"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Leads_get: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Lead"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Leads_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Leads_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLeadDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Lead"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_list: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
            };
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, newest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Organization"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_create: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Organization"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_get: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Organization"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Organizations_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Organization"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Tasks_list: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                status?: "open" | "done";
                priority?: "low" | "normal" | "high";
                lead_id?: string;
                contact_id?: string;
                assignee_id?: string;
            };
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, newest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Task"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Tasks_create: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Task"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Tasks_get: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Task"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Tasks_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Tasks_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Task"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Users_list: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                q?: string;
                role?: "admin" | "user";
            };
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, newest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["User"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Users_create: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["User"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description email is taken in this tenant */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Users_get: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["User"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Users_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The tenant's last admin cannot be deleted */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["User"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description email is taken in this tenant, or the role change would leave the tenant without an admin */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Users_revokeSessions: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions revoked */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Webhooks_list: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, newest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["WebhookSubscription"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Webhooks_create: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["CreatedWebhookSubscription"];
                        message: string;
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Webhooks_get: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["WebhookSubscription"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Webhooks_remove: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Webhooks_update: {
        parameters: {
            query?: never;
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["WebhookSubscription"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Webhooks_deliveries: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header: {
                /** @description The tenant the request acts in */
                "x-tenant-id": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Delivery attempts, newest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["WebhookAttempt"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not allowed: role, suspended tenant */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found in this tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    "Retry-After-tenant": components["headers"]["RetryAfter-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "X-RateLimit-Limit-tenant": components["headers"]["RateLimitLimit-tenant"];
                    "X-RateLimit-Remaining-tenant": components["headers"]["RateLimitRemaining-tenant"];
                    "X-RateLimit-Reset-tenant": components["headers"]["RateLimitReset-tenant"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Tenants_list: {
        parameters: {
            query?: {
                status?: "active" | "suspended" | "deleted" | "all";
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, newest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Tenant"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Tenants_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenantDto"];
            };
        };
        responses: {
            /** @description OK */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["CreatedTenant"];
                        message: string;
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The domain is taken */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Tenants_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Tenant"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenantLifecycle_remove: {
        parameters: {
            query?: {
                purge?: "now";
            };
            header?: {
                /** @description The tenant id, required with purge=now */
                "x-confirm-purge"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (data: the tenant) or purged (data: what was erased) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Tenant"] | components["schemas"]["PurgedTenant"];
                        message: string;
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenantLifecycle_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTenantDto"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Tenant"];
                        message: string;
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The domain is taken, or the tenant is deleted */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PlatformAuditLog_list: {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, newest first */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["PlatformAuditRecord"][];
                        meta: components["schemas"]["PageMeta"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such tenant, and no audit rows of it */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenantExport_stream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One line per row: {"table": "contacts", "row": {…}} */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown tenant (or export of another tenant) */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The tenant is deleted and past its retention window */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description EXPORT_CONCURRENCY exports are already streaming in this process, or a rate limit */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenantExport_enqueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; poll the Location for its status */
            202: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ExportJobView"];
                        message: string;
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown tenant (or export of another tenant) */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The tenant is deleted and past its retention window */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenantExport_status: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export job */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["ExportJobView"];
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown tenant (or export of another tenant) */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenantExport_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (gzipped NDJSON) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/gzip": string;
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unknown tenant (or export of another tenant) */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The export has not completed */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The export expired (EXPORT_RETENTION_HOURS) and its file was removed */
            410: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenantLifecycle_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Active again (or was not deleted: see message) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Tenant"];
                        message: string;
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The domain was taken meanwhile, or the tenant is not deleted */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenantLifecycle_resume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Active again (or already was: see message) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Tenant"];
                        message: string;
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A deleted tenant cannot be resumed */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TenantLifecycle_suspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionReasonDto"];
            };
        };
        responses: {
            /** @description Suspended (or already was: see message) */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        data: components["schemas"]["Tenant"];
                        message: string;
                    };
                };
            };
            /** @description Invalid input: a parameter, header or body field breaks its rules */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing or invalid credentials */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description No such tenant */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A deleted tenant cannot be suspended */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Request body too large for this route */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is too long */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported content type (send application/json) */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Rate limit reached; see Retry-After */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A dependency (the database) is unavailable, or the server is shutting down */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Health_summary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Always 200 while serving; says whether the database answers */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthSummary"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process serves */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheckResult"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready for traffic */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthCheckResult"];
                };
            };
            /** @description Unexpected error; carries no internals */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not ready: `error` names the failing checks, `details` holds every check */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The request passed REQUEST_TIMEOUT_MS */
            504: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
