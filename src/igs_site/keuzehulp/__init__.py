"""The site pages of the keuzehulp engine: legal forms, static path, early advice, embedding, browser runtime."""
