function(ctx) {
  message: {
    to: [{ email: ctx.identity.traits.email }],
    subject: 'Hi ' + ctx.identity.traits.phone,
  },
}
