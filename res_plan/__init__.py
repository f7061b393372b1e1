"""res-plan: decision-timeline planner for the Dutch Regional Energy Strategies."""

__version__ = "0.1.0"
