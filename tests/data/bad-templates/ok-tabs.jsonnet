function(ctx) {
	message: {
		from_email: 'hello@example.org',
		subject: 'Welcome',
		text: 'Hi',
		to: [{ email: ctx.identity.traits.email }],
	},
}
