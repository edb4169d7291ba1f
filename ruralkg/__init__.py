"""ruralkg: a knowledge graph of China's rural revitalization, read from news articles."""

__version__ = "0.1.0"
