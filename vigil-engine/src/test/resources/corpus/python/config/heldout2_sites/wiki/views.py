import secrets

from corsheaders.defaults import default_headers
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def login(request):
    response = JsonResponse({"ok": True})
    # ruleid: python.insecure-cookie
    response.set_cookie("sessionid", secrets.token_urlsafe(32), samesite="Lax")
    return response


def remember_me(request):
    response = HttpResponse("ok")
    # ruleid: python.insecure-cookie
    response.set_cookie("remember_login", secrets.token_urlsafe(32), httponly=True, secure=False)
    return response


def set_language(request):
    response = HttpResponse("ok")
    # ok: python.insecure-cookie
    response.set_cookie("django_language", "de", max_age=31536000)
    return response


def login_secure(request):
    response = JsonResponse({"ok": True})
    # ok: python.insecure-cookie
    response.set_cookie("sessionid", secrets.token_urlsafe(32), secure=True, httponly=True, samesite="Lax")
    return response


def api_cors(request):
    response = JsonResponse({"items": []})
    # ruleid: python.permissive-cors
    response["Access-Control-Allow-Origin"] = request.headers.get("Origin")
    response["Access-Control-Allow-Credentials"] = "true"
    return response


def api_cors_public(request):
    response = JsonResponse({"items": []})
    # ok: python.permissive-cors
    response["Access-Control-Allow-Origin"] = "*"
    return response


def api_cors_fixed(request):
    response = JsonResponse({"items": []})
    # ok: python.permissive-cors
    response["Access-Control-Allow-Origin"] = "https://wiki.example.com"
    response["Access-Control-Allow-Credentials"] = "true"
    return response


def api_cors_checked(request):
    origin = request.headers.get("Origin")
    response = JsonResponse({"items": []})
    if origin in {"https://wiki.example.com", "https://admin.example.com"}:
        # ok: python.permissive-cors
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Allow-Credentials"] = "true"
    return response
