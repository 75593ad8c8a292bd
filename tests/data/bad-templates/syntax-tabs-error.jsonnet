function(ctx) {
	message: {
		subject: 'Hi'
		text: 'x',
	},
}
