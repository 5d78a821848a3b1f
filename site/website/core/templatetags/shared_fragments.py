"""`{% shared_fragment %}`: a part of a page that every visitor sees alike, rendered once.

    {% load shared_fragments %}
    {% shared_fragment "blueprint-body" page.pk %} … {% endshared_fragment %}

The rendered part is kept per name, arguments, host and language until the next publication
(see `pagecache`), so a page rendered for a signed-in visitor, which the page cache never
answers, still renders its shared body only once. What the part needs from the database is
read only on a miss if the context gives it lazily (a method the template calls). A shared
part must never show anything of one visitor: no form with a CSRF token, no name, no progress.
Previews of drafts render it afresh and keep nothing.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from website.core.pagecache import cached_until_publish

register = template.Library()


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, arguments):
        self.nodelist = nodelist
        self.name = name
        self.arguments = arguments

    def render(self, context):
        request = context["request"]
        if getattr(request, "is_preview", False):  # a draft: never kept, never shared
            return self.nodelist.render(context)
        parts = (
            self.name.resolve(context),
            request.get_host(),
            get_language(),
            *(argument.resolve(context) for argument in self.arguments),
        )
        html = cached_until_publish(
            "shared-fragment", *parts, compute=lambda: str(self.nodelist.render(context))
        )
        return mark_safe(html)


@register.tag
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_fragment needs a name")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]]
    )
