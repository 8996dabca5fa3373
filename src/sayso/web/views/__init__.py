"""One module per page. Each builds the page's view data: a plain dict that both the HTML template
and the page's ``.json`` twin are made from."""
