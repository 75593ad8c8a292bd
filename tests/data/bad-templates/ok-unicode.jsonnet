function(ctx) {
  message: {
    subject: 'Willkommen, Grüße 👋 — שלום',
    to: [{ email: ctx.identity.traits.email }],
  },
}
