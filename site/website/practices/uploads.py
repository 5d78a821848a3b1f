"""Checks for files that visitors attach to a proposed practice: real PDFs and real images.

The file's content decides, not its name: a PDF must start with the PDF signature, an image
must be one that Pillow recognises, in an allowed format, whose declared size is not a
decompression bomb.
"""

import warnings

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from PIL import Image

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# A 40-megapixel photo is plenty; beyond, decoding could exhaust the server's memory.
MAX_IMAGE_PIXELS = 40_000_000
IMAGE_FORMATS = {"JPEG": ("jpg", "jpeg"), "PNG": ("png",), "WEBP": ("webp",)}


def _check_size(upload):
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_UPLOAD_BYTES)}
        )


def _extension(upload):
    return upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""


def check_pdf(upload):
    """Accept `upload` only if it is a PDF document within the size limit."""
    _check_size(upload)
    upload.seek(0)
    header = upload.read(5)
    upload.seek(0)
    if _extension(upload) != "pdf" or header != b"%PDF-":
        raise ValidationError(_("This file is not a PDF document."))
    return upload


def check_image(upload):
    """Accept `upload` only if it is a JPEG, PNG or WebP image of reasonable dimensions."""
    _check_size(upload)
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                image_format, (width, height) = image.format, image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise ValidationError(
                        _("The image is too large (%(width)s × %(height)s pixels).")
                        % {"width": width, "height": height}
                    )
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(_("The image is too large to be processed.")) from None
    except ValidationError:
        raise
    except Exception:
        raise ValidationError(_("This file is not an image we can accept.")) from None
    finally:
        upload.seek(0)
    if _extension(upload) not in IMAGE_FORMATS.get(image_format, ()):
        raise ValidationError(
            _("Images must be JPEG, PNG or WebP files whose name ends in their type.")
        )
    return upload
