from newslayout.cli import main

raise SystemExit(main())
