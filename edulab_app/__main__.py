import sys

from edulab_app.cli import main

sys.exit(main())
