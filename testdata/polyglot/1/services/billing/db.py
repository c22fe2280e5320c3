import sqlite3


def find_invoice(customer):
    conn = sqlite3.connect("billing.db")
    query = "SELECT * FROM invoices WHERE customer = '" + customer + "'"
    return conn.execute(query).fetchall()
