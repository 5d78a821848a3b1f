"""The LRS resources of xAPI 1.0.3 Part Three under /xapi/."""
