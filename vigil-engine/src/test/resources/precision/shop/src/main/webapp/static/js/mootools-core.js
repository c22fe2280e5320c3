var Request = new Class({
	options: {/*
		// ok: secrets.generic-credential
		withCredentials: false,*/
		// ok: secrets.generic-credential
		secret: window.__APP_SECRET__,
		url: ''
	}
});
