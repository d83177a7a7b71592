"""The API's request and response schemas (pydantic), one module per resource; ``common`` holds what
they share. The JSON field names here are what clients rely on."""
