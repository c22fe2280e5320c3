<html><body><a href="login">Sign in</a></body></html>
