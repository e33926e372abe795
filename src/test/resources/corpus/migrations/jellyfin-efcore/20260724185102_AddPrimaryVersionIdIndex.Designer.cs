[Migration("
