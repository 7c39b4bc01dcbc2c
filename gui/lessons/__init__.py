"""The lecture's lesson pages: each draws and edits one lesson whose maths lives in core.lessons."""
