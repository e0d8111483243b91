"""REST API and offline dashboard over a Marsad store (``marsad serve``).

``create_app(store_url, api_key=None)`` in :mod:`marsad.api.app` builds the FastAPI app; it needs
the ``[web]`` extra (fastapi, uvicorn), imported only when the app is built."""
