from res_plan.cli import main

main()
