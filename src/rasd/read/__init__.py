"""Readers: files, folders and streams of every supported kind to RawArticles or Rejects."""

from rasd.read.decode import Decoded, decode
from rasd.read.files import Walk, read_bytes, read_file, read_inputs, read_stream

__all__ = ["Decoded", "Walk", "decode", "read_bytes", "read_file", "read_inputs", "read_stream"]
