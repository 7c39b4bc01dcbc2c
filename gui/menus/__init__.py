"""Menus, actions and the dialogs and files they lead to."""
