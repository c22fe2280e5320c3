from flask import Flask, request

from .db import find_invoice

app = Flask(__name__)


@app.route("/invoices/<invoice_id>")
def show_invoice(invoice_id):
    customer = request.args.get("customer", "")
    return {"rows": find_invoice(customer)}
