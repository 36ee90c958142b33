"""Community guidance: the server-rule texts about sextortion, in every language Haven speaks.

``texts.TEXTS`` holds them (rule → language → text); ``rules`` looks them up.
``haven policy --lang xx`` prints them and the desk's "Rules for your server"
page shows them for copying.
"""
