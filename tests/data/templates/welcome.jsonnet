// A small Mandrill-style body used by the evaluator tests.
function(ctx) {
  message: {
    subject: 'Welcome ' + std.trim(ctx.name),
    to: [{ email: ctx.email, type: 'to' }],
  },
}
