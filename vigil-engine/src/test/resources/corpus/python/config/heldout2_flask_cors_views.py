from flask import Blueprint, jsonify, request
from flask_cors import cross_origin

bp = Blueprint("widgets", __name__)


@bp.route("/widgets")
# ruleid: python.permissive-cors
@cross_origin(supports_credentials=True)
def widgets():
    return jsonify([])


@bp.route("/widgets/public")
# ok: python.permissive-cors
@cross_origin()
def public_widgets():
    return jsonify([])


@bp.route("/widgets/partner")
# ok: python.permissive-cors
@cross_origin(origins=["https://partner.example.com"], supports_credentials=True)
def partner_widgets():
    return jsonify([])


@bp.after_request
def add_cors(response):
    # ruleid: python.permissive-cors
    response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    response.headers["Access-Control-Allow-Credentials"] = "true"
    return response
