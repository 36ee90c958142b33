"""Finding the victim's material again: PDQ and vPDQ hashes, exact hashes, the match index.

``hashing.hash_file`` hashes one file (image or video) without trusting its name;
``index.PdqIndex`` finds hashes within the Hamming threshold, mirrored and rotated
copies included. Nothing here imports Django's models: it runs in ``haven hash``.
"""
