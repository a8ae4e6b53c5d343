"""The HTTP shell of twin: FastAPI app, routes and the exception-to-problem mapping."""
