/** The platform operators' header; global-setup puts ADMIN_API_KEY in the environment. */
export const adminHeaders: Record<string, string> = { 'x-api-key': process.env.ADMIN_API_KEY ?? '' };

export const TEST_PASSWORD = 'correct horse battery staple';
