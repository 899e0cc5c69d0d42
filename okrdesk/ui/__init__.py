"""The Qt desktop interface: item models, undo commands, windows, dialogs and plots."""
