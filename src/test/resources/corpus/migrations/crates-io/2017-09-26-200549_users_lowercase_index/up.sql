







SELECT x;
