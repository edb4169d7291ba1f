from ruralkg.cli import app

app()
