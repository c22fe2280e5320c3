import hashlib
import random

from django.conf import settings
from django.http import JsonResponse


def enable_debug_toolbar():
    # ruleid: python.debug-mode
    settings.DEBUG = True


def is_debug():
    # ok: python.debug-mode
    return settings.DEBUG is True


def register(request):
    password = request.POST["password"]
    # ruleid: python.weak-hash
    digest = hashlib.new("md5", password.encode()).hexdigest()
    return JsonResponse({"digest": digest})


def change_password(request, user):
    new_password = request.POST["new_password"]
    # ruleid: python.weak-hash
    user.password = hashlib.sha1(user.salt.encode() + new_password.encode()).hexdigest()
    user.save()


def ticket_checksum(ticket):
    # ok: python.weak-hash
    return hashlib.sha1(ticket.code.encode()).hexdigest()[:8]


def invite_token():
    # ruleid: python.predictable-random
    return "%016x" % random.getrandbits(64)


def csrf_value():
    # ruleid: python.predictable-random
    return str(random.random())[2:]


def seat_for(seats):
    # ok: python.predictable-random
    return random.choice(seats)


def cors_echo(request):
    response = JsonResponse({"events": []})
    origin = request.META.get("HTTP_ORIGIN", "")
    # ruleid: python.permissive-cors
    response["Access-Control-Allow-Origin"] = origin
    response["Access-Control-Allow-Credentials"] = "true"
    return response


def cors_echo_no_credentials(request):
    response = JsonResponse({"events": []})
    # ok: python.permissive-cors
    response["Access-Control-Allow-Origin"] = request.META.get("HTTP_ORIGIN", "")
    return response
